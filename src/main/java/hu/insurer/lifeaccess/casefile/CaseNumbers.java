package hu.insurer.lifeaccess.casefile;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** ÜBK-2026-000123: the case number a customer who calls can read out (year of opening, then the record's id). */
final class CaseNumbers {

    static final ZoneId ZONE = ZoneId.of("Europe/Budapest");

    static String of(long id, OffsetDateTime openedAt) {
        return String.format("ÜBK-%d-%06d", openedAt.atZoneSameInstant(ZONE).getYear(), id);
    }

    private CaseNumbers() {
    }
}
