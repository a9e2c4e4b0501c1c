// npm run eval: every evaluation against real published copy (not tests: they measure, they do not assert).
import './attribution';
import './dates';
import './figures';
import './rules-on-corpus';
import './style';
