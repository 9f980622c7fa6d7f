package vn.directives.events.membertransfer;

/** Which way the member moves between the two Party organizations. */
public enum TransferDirection {
    /** From the organization at the place of residence to the enterprise's (nơi cư trú → doanh nghiệp). */
    RESIDENCE_TO_ENTERPRISE,
    /** From the enterprise's organization back to the place of residence (doanh nghiệp → nơi cư trú). */
    ENTERPRISE_TO_RESIDENCE
}
