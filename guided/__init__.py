"""The guided session in the plain terminal (`coach wizard`)."""
