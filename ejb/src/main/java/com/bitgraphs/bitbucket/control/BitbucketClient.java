package com.bitgraphs.bitbucket.control;

import com.bitgraphs.bitbucket.entity.Page;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One tenant's view of Bitbucket: the typed API for first pages, {@code next} links followed as given,
 * and every call through {@link BitbucketCalls}.
 */
public final class BitbucketClient {

    private final BitbucketApi api;
    private final NextPages nextPages;
    private final BitbucketCalls calls;
    private final CallStatistics statistics;

    public BitbucketClient(BitbucketApi api, NextPages nextPages, BitbucketCalls calls, CallStatistics statistics) {
        this.api = api;
        this.nextPages = nextPages;
        this.calls = calls;
        this.statistics = statistics;
    }

    /** One call, e.g. {@code client.get(api -> api.commits(ws, repo, null, null, 100))}. */
    public <T> T get(Function<BitbucketApi, T> call) {
        return calls.call(() -> call.apply(api));
    }

    /** The page a {@code next} link points to. */
    public <T> Page<T> next(String nextLink, Class<T> valueType) {
        GenericType<Page<T>> type = new GenericType<>(pageOf(valueType));
        return calls.call(() -> {
            try (Response response = nextPages.follow(nextLink)) {
                return response.readEntity(type);
            }
        });
    }

    /** Every page, from the first on, each fetched once; returns the number of pages. */
    public <T> int forEachPage(Function<BitbucketApi, Page<T>> first, Class<T> valueType, Consumer<Page<T>> consumer) {
        Page<T> page = get(first);
        int pages = 1;
        consumer.accept(page);
        while (page.hasNext()) {
            page = next(page.next(), valueType);
            pages++;
            consumer.accept(page);
        }
        return pages;
    }

    public CallStatistics statistics() {
        return statistics;
    }

    private static Type pageOf(Class<?> valueType) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[]{valueType};
            }

            @Override
            public Type getRawType() {
                return Page.class;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }
        };
    }
}
