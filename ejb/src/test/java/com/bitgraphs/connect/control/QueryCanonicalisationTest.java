package com.bitgraphs.connect.control;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The query part of a canonical request: decoded then RFC 3986 encoded, sorted by encoded key, repeated
 * values sorted (decoded) and joined with a comma, {@code jwt} dropped.
 */
class QueryCanonicalisationTest {

    private static final URI APP = URI.create("https://app.example.com");

    private static String queryOf(String rawQuery) {
        return CanonicalRequest.incoming("GET", "/graphs", rawQuery, APP).query();
    }

    @Test
    void sortsKeysAndTheValuesOfARepeatedKey() {
        // when
        String query = queryOf("b=2&a=z&a=y&a=x");

        // then
        assertThat(query).isEqualTo("a=x,y,z&b=2");
    }

    @Test
    void sortsRepeatedValuesBeforeEncodingThem() {
        // when: decoded, '.' < '/' < '9'; encoded, "%2F" would come first
        String query = queryOf("a=9&a=%2F&a=.");

        // then
        assertThat(query).isEqualTo("a=.,%2F,9");
    }

    @Test
    void writesSpacesAsPercent20HoweverTheyArrived() {
        // when / then: encoded, plus-encoded and raw spaces are the same request
        assertThat(queryOf("q=a%20b")).isEqualTo("q=a%20b");
        assertThat(queryOf("q=a+b")).isEqualTo("q=a%20b");
        assertThat(queryOf("q=a b")).isEqualTo("q=a%20b");
    }

    @Test
    void encodesStarAndKeepsTilde() {
        // when
        String query = queryOf("s=x*y&t=x~y&u=x%7Ey");

        // then
        assertThat(query).isEqualTo("s=x%2Ay&t=x~y&u=x~y");
    }

    @Test
    void encodesReservedCharactersInKeysAndValues() {
        // when
        String query = queryOf("k%20ey=v%2Cw&path=a%2Fb&amp=%26&eq=a%3Db");

        // then: a comma or & inside a value can never be confused with the separators
        assertThat(query).isEqualTo("amp=%26&eq=a%3Db&k%20ey=v%2Cw&path=a%2Fb");
    }

    @Test
    void encodesUtf8ByteByByteInUpperCaseHex() {
        // when
        String query = queryOf("name=J%c3%bcrgen&raw=Jürgen&emoji=%F0%9F%98%80");

        // then
        assertThat(query).isEqualTo("emoji=%F0%9F%98%80&name=J%C3%BCrgen&raw=J%C3%BCrgen");
    }

    @Test
    void dropsTheJwtParameter() {
        // when
        String query = queryOf("jwt=eyJhbGciOiJIUzI1NiJ9.e30.sig&repository=%7Babc%7D");

        // then
        assertThat(query).isEqualTo("repository=%7Babc%7D");
    }

    @Test
    void isEmptyWithoutQueryOrWithOnlyTheJwt() {
        assertThat(queryOf(null)).isEmpty();
        assertThat(queryOf("")).isEmpty();
        assertThat(queryOf("jwt=abc")).isEmpty();
    }

    @Test
    void keepsKeysWithoutValuesAndSkipsEmptyPairs() {
        // when
        String query = queryOf("flag&&b=&a=1");

        // then
        assertThat(query).isEqualTo("a=1&b=&flag=");
    }

    @Test
    void refusesMalformedPercentEncodingWithoutEchoingIt() {
        assertThatThrownBy(() -> queryOf("q=%zzsecret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> queryOf("q=abc%2"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
