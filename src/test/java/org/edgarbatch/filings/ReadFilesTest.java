package org.edgarbatch.filings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReadFilesTest {

    private static final String ROOT = "/srv/edgar";

    @Test
    void findsAFileByPathOnlyWhileItsSizeAndTimeAreThoseRecorded() {
        long form4 = ReadFiles.pathKey(ROOT, "2024/QTR1/form4.xml");
        long feed = ReadFiles.pathKey(ROOT, "feed/20240102.nc.tar.gz");
        long[] sorted = {form4, feed};
        Arrays.sort(sorted);
        ReadFiles.Builder builder = new ReadFiles.Builder();
        for (long key : sorted) {
            builder.add(key, key == form4 ? 7_000 : 9_000_000, key == form4 ? 1_000 : 2_000, key == form4 ? 1 : 412);
        }
        ReadFiles files = builder.build();

        assertEquals(2, files.size());
        assertEquals(1, files.documentsIfUnchanged(form4, 7_000, 1_000));
        assertEquals(412, files.documentsIfUnchanged(feed, 9_000_000, 2_000));
        assertEquals(-1, files.documentsIfUnchanged(form4, 7_001, 1_000), "another size");
        assertEquals(-1, files.documentsIfUnchanged(form4, 7_000, 1_001), "another time");
        long other = ReadFiles.pathKey(ROOT, "2024/QTR1/form4-other.xml");
        assertEquals(-1, files.documentsIfUnchanged(other, 7_000, 1_000), "another path");
        assertTrue(files.isKnown(form4));
        assertFalse(files.isKnown(other));
        assertEquals(-1, ReadFiles.NONE.documentsIfUnchanged(form4, 7_000, 1_000));
    }

    @Test
    void keepsEveryRecordOfASharedKey() {
        ReadFiles files = new ReadFiles.Builder()
                .add(-5, 10, 10, 1)
                .add(42, 100, 1_000, 2)
                .add(42, 200, 2_000, 3)
                .add(42, 300, 3_000, 4)
                .add(Long.MAX_VALUE, 10, 10, 5)
                .build();

        assertEquals(2, files.documentsIfUnchanged(42, 100, 1_000));
        assertEquals(3, files.documentsIfUnchanged(42, 200, 2_000));
        assertEquals(4, files.documentsIfUnchanged(42, 300, 3_000));
        assertEquals(-1, files.documentsIfUnchanged(42, 300, 1_000));
        assertEquals(1, files.documentsIfUnchanged(-5, 10, 10));
        assertEquals(5, files.documentsIfUnchanged(Long.MAX_VALUE, 10, 10));
    }

    @Test
    void growsPastItsFirstArraysAndRefusesRecordsOutOfOrder() {
        ReadFiles.Builder builder = new ReadFiles.Builder();
        for (long key = 0; key < 5_000; key++) {
            builder.add(key, key, key * 2, key % 7);
        }
        ReadFiles files = builder.build();

        assertEquals(5_000, files.size());
        assertEquals(4_999 % 7, files.documentsIfUnchanged(4_999, 4_999, 9_998));
        assertThrows(IllegalArgumentException.class, () -> new ReadFiles.Builder().add(2, 0, 0, 0).add(1, 0, 0, 0));
    }

    @Test
    void keysAPathUnderItsRoot() {
        assertEquals(ReadFiles.pathKey(ROOT, "a/b.xml"), ReadFiles.pathKey(ROOT, "a/b.xml"));
        assertNotEquals(ReadFiles.pathKey(ROOT, "a/b.xml"), ReadFiles.pathKey("/srv/edgar2", "a/b.xml"));
        assertNotEquals(ReadFiles.pathKey(ROOT + "/a", "b.xml"), ReadFiles.pathKey(ROOT, "a/b.xml"),
                "root and path are kept apart");
    }
}
