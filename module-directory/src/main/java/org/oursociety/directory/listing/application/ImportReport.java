package org.oursociety.directory.listing.application;

import java.util.List;

/**
 * What an import did: records created, records updated, and every record it left out with the reason.
 *
 * @param created  new records (of every HSDS type, nested ones included)
 * @param updated  records that existed and were replaced
 * @param problems one per field that kept a record out, in the order met
 */
public record ImportReport(int created, int updated, List<Problem> problems) {

    public ImportReport {
        problems = List.copyOf(problems);
    }

    /**
     * One reason a record was left out.
     *
     * @param record  the record's HSDS id, or its position ({@code #3}) when it has none
     * @param type    the HSDS type, e.g. {@code service}
     * @param field   the field at fault, a JSON path below the record ({@code phones[0].number})
     * @param message what is wrong, in English
     */
    public record Problem(String record, String type, String field, String message) {
    }
}
