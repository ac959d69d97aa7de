// Registers every stdlib module implemented in this directory (each registers itself lazily with
// registerModule; nothing is initialised until a program imports it). See README.md.
import './random';
import './time';
import './functools';
import './collections';
import './warnings';
import './dataclasses';
import './copy';
import './contextlib';
import './sys';
import './itertools';
import './json';
import './typing';
import './memfs';
import './os';
import './threading';
import './logging';
import './contextvars';
import './inspect';
import './enum';
import './aiohttp';
import './aiofiles';
import './traceback';
