"""Pure-Python domain logic: no Qt, no file-system or clock access that is not passed in."""
