"""The paper's formats: HTML, PDF and Word, each laying out the same paper."""
