"""What a person does, as operations shared by the window and the command line (Qt-free)."""
