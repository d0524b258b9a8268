"""Korean language helpers: the lazy Kiwi analyser and named word lists."""
