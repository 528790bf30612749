package io.autoshop.api.customer;

/**
 * Kinds of Chinese licence plates that the plate rules distinguish.
 */
public enum PlateType {
    /** Seven characters: province, authority letter and five letters or digits. */
    ORDINARY,
    /** Eight characters of a small new-energy vehicle, D or F after the authority letter. */
    NEW_ENERGY_SMALL,
    /** Eight characters of a large new-energy vehicle, five digits then D or F. */
    NEW_ENERGY_LARGE,
    /** Plates with a suffix such as 警, 学 or 挂, or the leading 使 of embassy cars. */
    SPECIAL
}
