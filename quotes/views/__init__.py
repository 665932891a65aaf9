"""Views, one module per area: core (submit and read articles), browse, editing, imports."""
