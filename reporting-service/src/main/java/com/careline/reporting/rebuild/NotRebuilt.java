package com.careline.reporting.rebuild;

/**
 * Marks a consumer whose tables are not read models (the desk: acknowledgements and mail sent are facts of
 * their own, not functions of the events): a rebuild does not read the topics for it nor swap its tables.
 * Its inbox rows are replaced with the others' at a swap, so its own writes must be idempotent by key.
 */
public interface NotRebuilt {
}
