package org.edgarbatch.ownership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A stored reporting owner of a filing, as the SEC data set REPORTINGOWNER has it. */
@Entity
@Table(name = "reporting_owner", indexes = {
        @Index(name = "ix_reporting_owner_filing", columnList = "filing_id"),
        @Index(name = "ix_reporting_owner_cik", columnList = "rptownercik")})
public class ReportingOwnerRow extends FilingRow {

    @Column(name = "rptownercik", length = 10)
    private String cik;
    @Column(name = "rptownername", length = 200)
    private String name;

    /** As the SEC data set writes it: the relationships that apply, comma-separated, such as {@code Director,Officer}. */
    @Column(name = "rptowner_relationship", length = 100)
    private String relationship;
    @Column(name = "is_director", nullable = false)
    private boolean director;
    @Column(name = "is_officer", nullable = false)
    private boolean officer;
    @Column(name = "is_ten_percent_owner", nullable = false)
    private boolean tenPercentOwner;
    @Column(name = "is_other", nullable = false)
    private boolean other;
    @Column(name = "rptowner_title", length = 200)
    private String officerTitle;
    @Column(name = "rptowner_txt", length = 500)
    private String otherText;

    @Column(name = "rptowner_street1", length = 200)
    private String street1;
    @Column(name = "rptowner_street2", length = 200)
    private String street2;
    @Column(name = "rptowner_city", length = 100)
    private String city;
    @Column(name = "rptowner_state", length = 10)
    private String state;
    @Column(name = "rptowner_zipcode", length = 20)
    private String zipCode;
    @Column(name = "rptowner_state_desc", length = 100)
    private String stateDescription;

    protected ReportingOwnerRow() {
        // for JPA
    }

    ReportingOwnerRow(OwnershipFiling filing, int rowIndex, ReportingOwner owner) {
        super(filing, rowIndex);
        cik = owner.cik();
        name = owner.name();
        director = owner.director();
        officer = owner.officer();
        tenPercentOwner = owner.tenPercentOwner();
        other = owner.other();
        relationship = relationship(owner);
        officerTitle = owner.officerTitle();
        otherText = owner.otherText();
        street1 = owner.street1();
        street2 = owner.street2();
        city = owner.city();
        state = owner.state();
        zipCode = owner.zipCode();
        stateDescription = owner.stateDescription();
    }

    private static String relationship(ReportingOwner owner) {
        List<String> relationships = new ArrayList<>();
        if (owner.director()) {
            relationships.add("Director");
        }
        if (owner.officer()) {
            relationships.add("Officer");
        }
        if (owner.tenPercentOwner()) {
            relationships.add("TenPercentOwner");
        }
        if (owner.other()) {
            relationships.add("Other");
        }
        return relationships.isEmpty() ? null : String.join(",", relationships);
    }
}
