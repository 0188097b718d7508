package org.oursociety.core.privacy.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything the portal holds about one resident, as the "Download my data" file.
 *
 * @param account  every column of their account row but secrets, by column name, so that columns
 *                 added later are exported without anyone remembering to
 * @param residence the resident's residence claims (where they said they live, and how it was verified);
 *                  the voting codes they used appear as claims with method {@code code}
 * @param modules  one part per registered module, by module id
 */
public record PersonalDataExport(String format, Instant exportedAt, Map<String, Object> account,
                                 List<SessionRecord> sessions, List<MailRecord> mails,
                                 List<ResidenceRecord> residence, Map<String, ModulePart> modules) {

    public static final String FORMAT = "oursociety-personal-data/1";
}
