package vn.directives.events.membertransfer;

/** How the member is registered with the receiving organization. */
public enum TransferType {
    /** Chuyển sinh hoạt đảng chính thức: the member belongs to the receiving organization. */
    OFFICIAL,
    /**
     * Chuyển sinh hoạt đảng tạm thời, from 3 months to under 12 months: the member is not counted
     * in the receiving organization's total.
     */
    TEMPORARY
}
