/** Charts for the popup and the options (never the content script: they bring d3 with them). */
export { AnswerTimeChart } from './AnswerTimeChart';
export type { AnswerTimeItem, MixItem, PostsDay, Series } from './data';
export { MixChart } from './MixChart';
export { PostsChart } from './PostsChart';
