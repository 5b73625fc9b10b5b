package org.myomap.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpClosedException;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import org.junit.jupiter.api.Test;

/** A client that hangs up mid-request is not an incident: there is no one left to answer and nothing went wrong here. */
class ClosedConnectionTest {

    @Test
    void aSocketTheClientClosedIsAClosedConnection() {
        assertThat(ProblemMapper.connectionClosed(new IOException(new ClosedChannelException()))).isTrue();
    }

    @Test
    void vertxReportingTheConnectionClosedIsAClosedConnection() {
        assertThat(ProblemMapper.connectionClosed(new IllegalStateException(new HttpClosedException("closed")))).isTrue();
    }

    @Test
    void anyOtherInputOutputFailureIsStillAnIncident() {
        assertThat(ProblemMapper.connectionClosed(new IOException("disk full"))).isFalse();
    }
}
