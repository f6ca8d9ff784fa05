"""Per-site standing: a TOML file of outlets and how far their reporting is trusted."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from scoring._errors import ScoringError

__all__ = ["SiteSettings", "SiteStanding", "host_of", "load_sites"]


class SiteStanding(BaseModel):
    """How one outlet's reporting is weighed: ``standing`` multiplies every claim's score."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    standing: float = Field(default=1.0, ge=0.0, le=2.0)
    note: str | None = None


class SiteSettings(BaseModel):
    """The default standing and per-host overrides (a host also covers its subdomains)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    default: SiteStanding = SiteStanding()
    sites: dict[str, SiteStanding] = {}

    def standing_for(self, host: str | None) -> tuple[str, SiteStanding]:
        """The label and standing for ``host``: its own entry, a parent domain's, or the default."""
        if host:
            parts = host.lower().split(".")
            for i in range(len(parts) - 1):
                candidate = ".".join(parts[i:])
                if candidate in self.sites:
                    return candidate, self.sites[candidate]
            return host, self.default
        return "unknown", self.default


def host_of(url: str | None) -> str | None:
    """The host of ``url`` in lower case without a leading ``www.``."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower()
    return host.removeprefix("www.") or None


def load_sites(path: str | Path | None = None) -> SiteSettings:
    """Read a sites TOML file (the packaged ``scoring/data/sites.toml`` when ``path`` is None)."""
    where = str(path) if path is not None else "scoring/data/sites.toml"
    try:
        if path is None:
            raw = resources.files("scoring").joinpath("data/sites.toml").read_text(encoding="utf-8")
        else:
            raw = Path(path).read_text(encoding="utf-8")
        data = tomllib.loads(raw)
        return SiteSettings.model_validate(data)
    except OSError as err:
        raise ScoringError(f"cannot read sites file {where}: {err.strerror or err}") from err
    except tomllib.TOMLDecodeError as err:
        raise ScoringError(f"sites file {where} is not valid TOML: {err}") from err
    except ValidationError as err:
        first = err.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise ScoringError(f"sites file {where}: {loc}: {first['msg']}") from err
