import Hummingbird
import PostgresNIO
import GRDB
import CXLSXWriter
import Crypto
