// Placeholder so the index library has a translation unit until its first real file lands.
