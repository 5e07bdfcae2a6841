/**
 * Stage 5: refactoring recommendations (split plans, extraction targets, parameter objects) computed from
 * the records of the earlier stages only: each file's {@link dev.perfscope.model.Structure}, its functions,
 * the findings and the thresholds. A language provides the structure and never knows about advice.
 */
package dev.perfscope.advice;
