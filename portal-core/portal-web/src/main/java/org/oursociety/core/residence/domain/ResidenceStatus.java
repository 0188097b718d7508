package org.oursociety.core.residence.domain;

/** Where a residence claim stands; names match the database check constraint and the API. */
public enum ResidenceStatus {
    pending, verified, rejected
}
