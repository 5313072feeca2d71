// Satisfaction (SAT, G5, G6) public surface: when surveys go out, what they say, how answers score, staff logs.
export * from './plan';
export * from './survey';
export { SCALE, scoreAnswers, type ItemScore, type SurveyAnswers, type SurveyScores } from './scoring';
