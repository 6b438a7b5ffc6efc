package org.edgarbatch.ownership;

/** The company whose securities an ownership document reports. */
public record Issuer(String cik, String name, String tradingSymbol) {
}
