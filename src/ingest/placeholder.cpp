// Placeholder so the ingest library has a translation unit until its first real file lands.
