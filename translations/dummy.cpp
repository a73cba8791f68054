// Holds the compiled translations as resources.
