package dk.erhvervshus.e2e;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The number of tries of every property it is added to, from the one system property
 * {@value #PROPERTY} (default {@value #DEFAULT_TRIES}, what the build runs): bench/invalid-bodies
 * runs the same properties with more.
 */
public class TriesFromSystemProperty implements AroundPropertyHook {

    static final String PROPERTY = "invalid-bodies.tries";
    static final int DEFAULT_TRIES = 1000;

    static int tries() {
        return Integer.parseInt(System.getProperty(PROPERTY, String.valueOf(DEFAULT_TRIES)));
    }

    /** Added to a test class, it must reach the class's properties, not only the class itself. */
    @Override
    public PropagationMode propagateTo() {
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        context.attributes().setTries(tries());
        return property.execute();
    }
}
