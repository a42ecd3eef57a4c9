package org.groma.app.delimitation;

/** How far the commission has got with a segment, in the order the work proceeds. */
public enum SegmentStatus {
  /** No line is agreed or proposed: the parties' maps disagree or nobody has looked at it yet. */
  UNRESOLVED,
  /** A party has proposed a line for it. */
  PROPOSED,
  /** Both co-chairs have signed a decision fixing it. */
  AGREED,
  /** Agreed and marked on the ground with pillars. */
  DEMARCATED
}
