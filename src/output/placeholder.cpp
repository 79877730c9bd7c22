// Placeholder so the output library has a translation unit until its first real file lands.
