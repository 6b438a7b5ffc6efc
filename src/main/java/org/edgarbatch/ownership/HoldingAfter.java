package org.edgarbatch.ownership;

import java.math.BigDecimal;

/**
 * What is owned after a transaction (or at the report date, for a holding), and how: directly (D)
 * or indirectly (I), with the nature of an indirect ownership.
 */
public record HoldingAfter(
        Footnoted<BigDecimal> sharesOwned,
        Footnoted<BigDecimal> valueOwned,
        Footnoted<String> directOrIndirect,
        Footnoted<String> natureOfOwnership) {
}
