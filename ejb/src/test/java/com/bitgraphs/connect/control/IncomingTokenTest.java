package com.bitgraphs.connect.control;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An incoming token is found in {@code Authorization: JWT ...} first, else in the {@code jwt} query parameter. */
class IncomingTokenTest {

    @Test
    void takesTheTokenFromTheAuthorizationHeader() {
        assertThat(IncomingToken.from("JWT abc.def.ghi", null)).contains("abc.def.ghi");
        assertThat(IncomingToken.from("jwt  abc.def.ghi ", "other")).contains("abc.def.ghi");
    }

    @Test
    void fallsBackToTheQueryParameter() {
        assertThat(IncomingToken.from(null, "abc.def.ghi")).contains("abc.def.ghi");
        assertThat(IncomingToken.from("Bearer xyz", "abc.def.ghi")).contains("abc.def.ghi");
    }

    @Test
    void findsNothingWhenNeitherCarriesAToken() {
        assertThat(IncomingToken.from(null, null)).isEmpty();
        assertThat(IncomingToken.from("JWT ", " ")).isEmpty();
        assertThat(IncomingToken.from("Basic dXNlcjpwdw==", null)).isEmpty();
    }
}
