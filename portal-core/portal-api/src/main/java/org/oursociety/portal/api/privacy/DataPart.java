package org.oursociety.portal.api.privacy;

import java.util.Map;

/**
 * One WAR's part of a data export, as {@code <war>/api/me/data-part} answers it.
 *
 * @param sections one entry per {@link PersonalDataContributor}, by its section name
 */
public record DataPart(Map<String, Object> sections) {
}
