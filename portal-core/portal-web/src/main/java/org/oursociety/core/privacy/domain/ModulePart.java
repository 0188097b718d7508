package org.oursociety.core.privacy.domain;

/**
 * One module's section of an export.
 *
 * @param status   {@code included}, or {@code unavailable} when the module did not answer in time
 *                 (the resident can download again later)
 * @param sections the module's data by section name; {@code null} when unavailable
 */
public record ModulePart(String status, String name, Object sections) {

    public static final String INCLUDED = "included";
    public static final String UNAVAILABLE = "unavailable";

    public static ModulePart included(String name, Object sections) {
        return new ModulePart(INCLUDED, name, sections);
    }

    public static ModulePart unavailable(String name) {
        return new ModulePart(UNAVAILABLE, name, null);
    }
}
