package vn.directives.query.report;

import com.lowagie.text.pdf.BaseFont;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The typeface of the PDF: Noto Serif from Debian's fonts-noto-core (deploy/test installs it with
 * the browser), embedded as a subset with Identity-H encoding so every Vietnamese letter, with
 * its stacked diacritics, prints as written. Loaded once; the directory is configurable
 * ({@code directives.report.pdf-fonts}).
 */
@Component
final class PdfFonts {

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;
    final BaseFont boldItalic;

    PdfFonts(@Value("${directives.report.pdf-fonts:/usr/share/fonts/truetype/noto}") String directory) {
        regular = load(directory, "NotoSerif-Regular.ttf");
        bold = load(directory, "NotoSerif-Bold.ttf");
        italic = load(directory, "NotoSerif-Italic.ttf");
        boldItalic = load(directory, "NotoSerif-BoldItalic.ttf");
    }

    BaseFont of(boolean isBold, boolean isItalic) {
        return isBold ? (isItalic ? boldItalic : bold) : (isItalic ? italic : regular);
    }

    private static BaseFont load(String directory, String file) {
        Path path = Path.of(directory, file);
        try {
            return BaseFont.createFont(path.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    Files.readAllBytes(path), null);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font " + path + " is missing: install Debian's fonts-noto-core"
                    + " or set directives.report.pdf-fonts", e);
        }
    }
}
