package dk.erhvervshus.e2e.chaos;

import dk.erhvervshus.contracts.codes.Cvr;

import java.util.ArrayList;
import java.util.List;

/** Valid CVR numbers (modulus 11, not 00000000), each once, counting up from a start. */
final class CvrSequence {

    private int next;

    CvrSequence(int start) {
        this.next = start;
    }

    String next() {
        while (true) {
            String candidate = String.format("%08d", next++);
            if (Cvr.isValid(candidate)) {
                return candidate;
            }
        }
    }

    List<String> take(int count) {
        List<String> cvrs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cvrs.add(next());
        }
        return cvrs;
    }
}
