"""The records that cross stage boundaries: documents in, tenures out."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Status = Literal["current", "ended", "announced", "unknown"]


class Document(BaseModel):
    """One input document, its text as read and the date its relative times resolve against."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="the path as given on the command line")
    text: str
    date: dt.date | None = None
    date_source: Literal["option", "sidecar", "text", "none"] = "none"
    title: str | None = None
    source: str | None = None


class Evidence(BaseModel):
    """One mention that supports a tenure."""

    sentence: str
    start: int = Field(ge=0, description="character offset of the sentence in the document")
    end: int = Field(ge=0)
    rule: str


class Tenure(BaseModel):
    """One person holding one role at one organization for a time (DESIGN.md's record)."""

    doc: str
    person: str
    aliases: list[str] = Field(default_factory=list)
    role: str | None = None
    role_text: str | None = None
    org: str
    parent_org: str | None = None
    org_descriptors: list[str] = Field(default_factory=list)
    start: str | None = None
    end: str | None = None
    start_bounds: tuple[str | None, str | None] | None = None
    end_bounds: tuple[str | None, str | None] | None = None
    status: Status = "unknown"
    confidence: float = Field(ge=0.0, le=1.0, default=0.5)
    evidence: list[Evidence] = Field(default_factory=list)
