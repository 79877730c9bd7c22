// Placeholder so the text library has a translation unit until its first real file lands.
