package org.edgarbatch.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.util.List;

/**
 * The columns every row of the four ownership tables shares: the security and the holding after the
 * row (SEC data set columns {@code SECURITY_TITLE}, {@code SHRS_OWND_FOLWNG_TRANS},
 * {@code VALU_OWND_FOLWNG_TRANS}, {@code DIRECT_INDIRECT_OWNERSHIP}, {@code NATURE_OF_OWNERSHIP},
 * each with its {@code _FN} column of footnote ids).
 */
@MappedSuperclass
public abstract class OwnershipTableRow extends FilingRow {

    /** Precision and scale of every quantity column: exact for any share count, price or value a filing gives. */
    static final int PRECISION = 38;
    static final int SCALE = 10;

    @Column(name = "security_title", length = 500)
    private String securityTitle;
    @Column(name = "security_title_fn", length = 500)
    private String securityTitleFn;

    @Column(name = "shrs_ownd_folwng_trans", precision = PRECISION, scale = SCALE)
    private BigDecimal sharesOwnedFollowing;
    @Column(name = "shrs_ownd_folwng_trans_fn", length = 500)
    private String sharesOwnedFollowingFn;

    @Column(name = "valu_ownd_folwng_trans", precision = PRECISION, scale = SCALE)
    private BigDecimal valueOwnedFollowing;
    @Column(name = "valu_ownd_folwng_trans_fn", length = 500)
    private String valueOwnedFollowingFn;

    @Column(name = "direct_indirect_ownership", length = 5)
    private String directIndirectOwnership;
    @Column(name = "direct_indirect_ownership_fn", length = 500)
    private String directIndirectOwnershipFn;

    @Column(name = "nature_of_ownership", length = 1000)
    private String natureOfOwnership;
    @Column(name = "nature_of_ownership_fn", length = 500)
    private String natureOfOwnershipFn;

    protected OwnershipTableRow() {
        // for JPA
    }

    protected OwnershipTableRow(OwnershipFiling filing, int rowIndex, Footnoted<String> securityTitle, HoldingAfter after) {
        super(filing, rowIndex);
        this.securityTitle = securityTitle.value();
        this.securityTitleFn = footnoteIds(securityTitle);
        this.sharesOwnedFollowing = after.sharesOwned().value();
        this.sharesOwnedFollowingFn = footnoteIds(after.sharesOwned());
        this.valueOwnedFollowing = after.valueOwned().value();
        this.valueOwnedFollowingFn = footnoteIds(after.valueOwned());
        this.directIndirectOwnership = after.directOrIndirect().value();
        this.directIndirectOwnershipFn = footnoteIds(after.directOrIndirect());
        this.natureOfOwnership = after.natureOfOwnership().value();
        this.natureOfOwnershipFn = footnoteIds(after.natureOfOwnership());
    }

    /** @return The footnote ids as the SEC data sets write them, comma-separated; null when there are none. */
    static String footnoteIds(Footnoted<?> field) {
        return footnoteIds(field.footnoteIds());
    }

    static String footnoteIds(List<String> ids) {
        return ids.isEmpty() ? null : String.join(",", ids);
    }
}
