package dk.erhvervshus.reporting.maintained;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

import java.util.concurrent.Executor;

/**
 * Where a request that waits on work done elsewhere (a shared read, the token gate's looks) goes on:
 * its own duplicated Vert.x context, to which its Hibernate Reactive session and its response belong.
 * The work ends on another context; a request continued there answers 500.
 */
public final class RequestContext {

    private RequestContext() {
    }

    /** An executor onto the calling request's context; the calling thread itself outside of one. */
    public static Executor current() {
        Context request = Vertx.currentContext();
        return request == null ? Runnable::run : command -> request.runOnContext(ignored -> command.run());
    }
}
