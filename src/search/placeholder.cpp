// Placeholder so the search library has a translation unit until its first real file lands.
