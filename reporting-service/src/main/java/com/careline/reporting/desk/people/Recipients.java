package com.careline.reporting.desk.people;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who an item for role R in branch B reaches, in plain Java: the staff of R in B on duty at the time per the
 * roster when the roster has shifts of (R, B) then; else every staff member of R in B. A shift naming someone
 * the directory does not know reaches no one (there is no address to write to).
 */
public final class Recipients {

    private Recipients() {
    }

    /**
     * @param staff the directory's staff of the role in the branch
     * @param shifts the roster's shifts of the role in the branch
     */
    public static List<Staff> of(List<Staff> staff, List<Shift> shifts, Instant at) {
        Set<String> onDuty = shifts.stream().filter(s -> s.covers(at)).map(Shift::username).collect(Collectors.toSet());
        if (onDuty.isEmpty()) {
            return staff;
        }
        return staff.stream().filter(s -> onDuty.contains(s.username())).toList();
    }
}
