"""The Friday skip-level digest: data (`build`), sections and warnings."""
