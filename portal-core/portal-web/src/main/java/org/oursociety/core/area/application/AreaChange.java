package org.oursociety.core.area.application;

import java.util.List;

/** What an admin changes about an area; {@code null} leaves that part as it is. */
public record AreaChange(String name, String description, String type, String parent, List<String> postcodes) {
}
