package fi.perhekeskus.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** One page of a list: its items, which page it is (from 0), its size, and how many there are in all. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems) {

    /**
     * The last page number a client may ask for: a page's offset, its number times its size (at
     * most 500), must fit the database query's int, and no list here has a million pages.
     */
    public static final int LAST_PAGE = 1_000_000;

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapping) {
        return new PageResponse<>(page.getContent().stream().map(mapping).toList(), page.getNumber(),
                page.getSize(), page.getTotalElements());
    }
}
