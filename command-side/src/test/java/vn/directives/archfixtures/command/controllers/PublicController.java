package vn.directives.archfixtures.command.controllers;

import org.springframework.web.bind.annotation.RestController;

/** A controller other code could call: breaks "controllers are package-private". */
@RestController
public class PublicController {
}
