// Placeholder so the extract library has a translation unit until its first real file lands.
