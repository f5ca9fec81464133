package dev.sagemaker4j.testing.internal;

import dev.sagemaker4j.model.internal.StructSchema;
import java.util.function.Function;

/**
 * One operation of the stand-in: its wire name, the schemas of its input and output, and what it
 * does. The handler runs holding the state's monitor.
 */
record Operation<I, O>(
    String name, StructSchema<I, ?> input, StructSchema<O, ?> output, Function<I, O> handler) {}
