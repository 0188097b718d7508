package org.oursociety.core.area.application;

import java.util.List;

/** An area an admin adds under an existing one. */
public record NewArea(String slug, String name, String type, String parent, String description, List<String> postcodes) {
}
