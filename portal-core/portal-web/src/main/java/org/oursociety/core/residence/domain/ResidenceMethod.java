package org.oursociety.core.residence.domain;

/** How a claim was settled: the area's postcode list, a voting code, or an area admin's decision. */
public enum ResidenceMethod {
    postcode, code, decision
}
